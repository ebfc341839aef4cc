import { gql } from 'urql';
import type { Connection } from '../../../graphql/types';
import { applicationResultFields, type ApplicationStatus, type DocumentKind, type EducationLevel } from '../../recruitment/queries';

export interface AdminApplication {
  id: string;
  status: ApplicationStatus;
  submittedAt: string | null;
  rejectionReason: string | null;
  skd: { twk: number; tiu: number; tkp: number; total: number } | null;
  interviewScore: number | null;
  finalScore: number | null;
  rank: number | null;
  objections: Array<{ id: string; stage: 'ADMIN_CHECK' | 'RESULT'; reason: string; status: 'OPEN' | 'ACCEPTED' | 'REJECTED' }>;
  applicant: {
    displayName: string;
    email: string;
    formerIntern: boolean;
    profile: { educationLevel: EducationLevel; major: string; institution: string } | null;
    documents: Array<{ id: string; kind: DocumentKind; file: { name: string; url: string } }>;
  };
}

export interface RankingRow {
  rank: number | null;
  finalScore: number | null;
  passedSkd: boolean;
  withinPositions: boolean;
  application: { id: string; applicant: { displayName: string } };
}

export const OpeningApplicationsQuery = gql<
  {
    node: {
      id: string;
      positionTitle: string;
      positions: number;
      announced: boolean;
      ranking: RankingRow[];
      applications: Connection<AdminApplication> & { totalCount: number };
    } | null;
  },
  { id: string }
>`
  query OpeningApplications($id: ID!) {
    node(id: $id) {
      id
      ... on JobOpening {
        positionTitle
        positions
        announced
        ranking {
          rank
          finalScore
          passedSkd
          withinPositions
          application {
            id
            applicant {
              displayName
            }
          }
        }
        applications(first: 100) {
          totalCount
          edges {
            node {
              ${applicationResultFields}
              objections {
                id
                stage
                reason
                status
              }
              applicant {
                displayName
                email
                formerIntern
                profile {
                  educationLevel
                  major
                  institution
                }
                documents {
                  id
                  kind
                  file {
                    id
                    name
                    url
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

const APPLICATION_RESULT = `id status rejectionReason skd { twk tiu tkp total } interviewScore finalScore rank`;

export const AdminCheckMutation = gql<{ recordAdministrativeCheck: { id: string } }, { applicationId: string; passed: boolean; rejectionReason: string | null }>`
  mutation RecordAdministrativeCheck($applicationId: ID!, $passed: Boolean!, $rejectionReason: String) {
    recordAdministrativeCheck(applicationId: $applicationId, passed: $passed, rejectionReason: $rejectionReason) { ${APPLICATION_RESULT} }
  }
`;

export const SkdMutation = gql<{ recordSkdScores: { id: string } }, { applicationId: string; twk: number; tiu: number; tkp: number }>`
  mutation RecordSkdScores($applicationId: ID!, $twk: Int!, $tiu: Int!, $tkp: Int!) {
    recordSkdScores(applicationId: $applicationId, twk: $twk, tiu: $tiu, tkp: $tkp) { ${APPLICATION_RESULT} }
  }
`;

export const InterviewMutation = gql<{ recordInterviewScore: { id: string } }, { applicationId: string; score: number }>`
  mutation RecordInterviewScore($applicationId: ID!, $score: Float!) {
    recordInterviewScore(applicationId: $applicationId, score: $score) { ${APPLICATION_RESULT} }
  }
`;

export const AnnounceMutation = gql<{ announceResults: { id: string; announced: boolean } }, { openingId: string }>`
  mutation AnnounceResults($openingId: ID!) {
    announceResults(openingId: $openingId) {
      id
      announced
    }
  }
`;

export const DecideObjectionMutation = gql<{ decideApplicationObjection: { id: string; status: string } }, { objectionId: string; accept: boolean; response: string }>`
  mutation DecideApplicationObjection($objectionId: ID!, $accept: Boolean!, $response: String!) {
    decideApplicationObjection(objectionId: $objectionId, accept: $accept, response: $response) {
      id
      status
    }
  }
`;

export const HireMutation = gql<{ hireApplicant: { id: string; status: ApplicationStatus } }, { input: { applicationId: string; unitId: string; superiorId: string } }>`
  mutation HireApplicant($input: HireApplicantInput!) {
    hireApplicant(input: $input) { ${APPLICATION_RESULT} hiredAt }
  }
`;

export const OrientationProgressQuery = gql<{ agencyOrientationProgress: Array<{ employee: { id: string; name: string; positionTitle: string }; hiredAt: string; done: number; total: number }> }, { agencyId: string }>`
  query AgencyOrientationProgress($agencyId: ID!) {
    agencyOrientationProgress(agencyId: $agencyId) {
      employee {
        id
        name
        positionTitle
      }
      hiredAt
      done
      total
    }
  }
`;

export interface RoundOption {
  id: string;
  name: string;
  year: number;
  registrationOpens: string;
  registrationCloses: string;
}

/** The region of the agency: rounds and partner universities are the region's. */
export const AgencyRegionQuery = gql<{ agency: { id: string; region: { id: string; name: string } } | null }, { agencyId: string }>`
  query AgencyRegion($agencyId: ID!) {
    agency(id: $agencyId) {
      id
      region {
        id
        name
      }
    }
  }
`;

/** A region's rounds and partner universities: what the setup forms choose from. */
export const RegionRecruitmentQuery = gql<
  { recruitmentRounds: RoundOption[]; partnerUniversities: Array<{ id: string; name: string; city: string }> },
  { regionId: string }
>`
  query RegionRecruitment($regionId: ID!) {
    recruitmentRounds(regionId: $regionId) {
      id
      name
      year
      registrationOpens
      registrationCloses
    }
    partnerUniversities(regionId: $regionId) {
      id
      name
      city
    }
  }
`;

export interface RoundInput {
  regionId: string;
  year: number;
  name: string;
  registrationOpens: string;
  registrationCloses: string;
  objectionDays: number;
  twkThreshold: number;
  tiuThreshold: number;
  tkpThreshold: number;
  skdWeight: number;
  interviewWeight: number;
}

export const CreateRoundMutation = gql<{ createRecruitmentRound: RoundOption }, { input: RoundInput }>`
  mutation CreateRecruitmentRound($input: CreateRecruitmentRoundInput!) {
    createRecruitmentRound(input: $input) {
      id
      name
      year
      registrationOpens
      registrationCloses
    }
  }
`;

export interface OpeningInput {
  roundId: string;
  agencyId: string;
  positionTitle: string;
  rankGrade: string;
  employmentStatus: 'PNS' | 'PPPK';
  positions: number;
  educationLevel: EducationLevel;
  majors: string[];
  minAge: number;
  maxAge: number;
  description: string;
  adminCheckOn: string;
  writtenTestOn: string;
  interviewOn: string;
  announcementOn: string;
}

export const CreateOpeningMutation = gql<{ createJobOpening: { id: string; positionTitle: string } }, { input: OpeningInput }>`
  mutation CreateJobOpening($input: CreateJobOpeningInput!) {
    createJobOpening(input: $input) {
      id
      positionTitle
    }
  }
`;

export const CreateUniversityMutation = gql<{ createPartnerUniversity: { id: string; name: string; city: string } }, { input: { regionId: string; name: string; city: string } }>`
  mutation CreatePartnerUniversity($input: CreatePartnerUniversityInput!) {
    createPartnerUniversity(input: $input) {
      id
      name
      city
    }
  }
`;

export interface Placement {
  id: string;
  internName: string;
  internEmail: string;
  studyProgramme: string;
  startsOn: string;
  endsOn: string;
  university: { id: string; name: string };
  unit: { id: string; name: string };
  mentor: { id: string; name: string };
  evaluations: Array<{ id: string; discipline: number; skill: number; teamwork: number; comment: string; createdAt: string }>;
}

const PLACEMENT = `id internName internEmail studyProgramme startsOn endsOn university { id name } unit { id name } mentor { id name } evaluations { id discipline skill teamwork comment createdAt }`;

export const PlacementsQuery = gql<{ internPlacements: Connection<Placement> & { totalCount: number } }, { agencyId: string }>`
  query InternPlacements($agencyId: ID!) {
    internPlacements(agencyId: $agencyId, first: 100) {
      totalCount
      edges {
        node { ${PLACEMENT} }
      }
    }
  }
`;

export interface PlacementInput {
  universityId: string;
  unitId: string;
  mentorId: string;
  internName: string;
  internEmail: string;
  studyProgramme: string;
  startsOn: string;
  endsOn: string;
}

export const CreatePlacementMutation = gql<{ createInternPlacement: Placement }, { input: PlacementInput }>`
  mutation CreateInternPlacement($input: CreateInternPlacementInput!) {
    createInternPlacement(input: $input) { ${PLACEMENT} }
  }
`;

export const MyMenteesQuery = gql<{ myMentees: Placement[] }>`
  query MyMentees {
    myMentees { ${PLACEMENT} }
  }
`;

export const RecordEvaluationMutation = gql<
  { recordMentorEvaluation: Placement['evaluations'][number] },
  { input: { placementId: string; discipline: number; skill: number; teamwork: number; comment: string } }
>`
  mutation RecordMentorEvaluation($input: RecordMentorEvaluationInput!) {
    recordMentorEvaluation(input: $input) {
      id
      discipline
      skill
      teamwork
      comment
      createdAt
    }
  }
`;
