import { gql } from 'urql';
import type { Connection } from '../../graphql/types';

/** An application's status and scores, as the candidate and the agency's administrators both read them. */
export const applicationResultFields = `
  id
  status
  submittedAt
  rejectionReason
  skd {
    twk
    tiu
    tkp
    total
  }
  interviewScore
  finalScore
  rank
`;

export type EducationLevel = 'SMA' | 'D3' | 'S1' | 'S2' | 'S3';
export const EDUCATION_LEVELS: readonly EducationLevel[] = ['SMA', 'D3', 'S1', 'S2', 'S3'];
export type ApplicationStatus = 'DRAFT' | 'SUBMITTED' | 'ADMIN_REJECTED' | 'ADMIN_PASSED' | 'SKD_FAILED' | 'SKD_PASSED' | 'PASSED' | 'NOT_PASSED' | 'HIRED';
export type DocumentKind = 'IJAZAH' | 'TRANSKRIP' | 'KTP' | 'PASFOTO' | 'OTHER';
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['IJAZAH', 'TRANSKRIP', 'KTP', 'PASFOTO', 'OTHER'];

export interface Opening {
  id: string;
  positionTitle: string;
  rankGrade: string;
  employmentStatus: 'PNS' | 'PPPK';
  positions: number;
  educationLevel: EducationLevel;
  majors: string[];
  minAge: number;
  maxAge: number;
  description: string;
  writtenTestOn: string;
  announcementOn: string;
  announced: boolean;
  agency: { id: string; name: string; shortName: string };
  round: { id: string; name: string; registrationOpens: string; registrationCloses: string };
}

export interface OpeningFilter {
  regionId?: string | null;
  agencyId?: string | null;
  search?: string | null;
  education?: EducationLevel | null;
}

export const OpeningsQuery = gql<{ jobOpenings: Connection<Opening> & { totalCount: number } }, { filter: OpeningFilter }>`
  query JobOpenings($filter: JobOpeningFilter) {
    jobOpenings(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          positionTitle
          rankGrade
          employmentStatus
          positions
          educationLevel
          majors
          minAge
          maxAge
          description
          writtenTestOn
          announcementOn
          announced
          agency {
            id
            name
            shortName
          }
          round {
            id
            name
            registrationOpens
            registrationCloses
          }
        }
      }
    }
  }
`;

export interface Figures {
  suppressed: boolean;
  applicants: number | null;
  adminPassRate: number | null;
  skdPassRate: number | null;
  finalPassRate: number | null;
  hired: number | null;
  medianDaysToHire: number | null;
  onlineCompletionShare: number | null;
}

const FIGURES = `suppressed applicants adminPassRate skdPassRate finalPassRate hired medianDaysToHire onlineCompletionShare`;

export const RecruitmentMetricsQuery = gql<
  { recruitmentMetrics: { round: { name: string }; total: Figures; openings: Array<{ opening: { id: string; positionTitle: string; agency: { shortName: string } }; figures: Figures }> } | null },
  { regionId: string }
>`
  query RecruitmentMetrics($regionId: ID!) {
    recruitmentMetrics(regionId: $regionId) {
      round {
        id
        name
      }
      total { ${FIGURES} }
      openings {
        opening {
          id
          positionTitle
          agency {
            id
            shortName
          }
        }
        figures { ${FIGURES} }
      }
    }
  }
`;

export const RegionsQuery = gql<{ regions: Connection<{ id: string; name: string }> }>`
  query RecruitmentRegions {
    regions(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`;

export const RegionAgenciesQuery = gql<{ region: { id: string; agencies: Connection<{ id: string; name: string }> } | null }, { regionId: string }>`
  query RecruitmentRegionAgencies($regionId: ID!) {
    region(id: $regionId) {
      id
      agencies(first: 100) {
        edges {
          node {
            id
            name
          }
        }
      }
    }
  }
`;

export const RegisterMutation = gql<{ registerCandidate: boolean }, { input: { email: string; password: string; name: string } }>`
  mutation RegisterCandidate($input: RegisterCandidateInput!) {
    registerCandidate(input: $input)
  }
`;

export const VerifyMutation = gql<{ verifyCandidateEmail: { user: { id: string; username: string; displayName: string; role: string } } }, { input: { email: string; code: string } }>`
  mutation VerifyCandidateEmail($input: VerifyCandidateEmailInput!) {
    verifyCandidateEmail(input: $input) {
      user {
        id
        username
        displayName
        role
      }
    }
  }
`;

export interface Profile {
  fullName: string;
  birthDate: string;
  sex: 'MALE' | 'FEMALE';
  phone: string;
  educationLevel: EducationLevel;
  major: string;
  institution: string;
}

export interface MyApplication {
  id: string;
  status: ApplicationStatus;
  submittedAt: string | null;
  rejectionReason: string | null;
  skd: { twk: number; tiu: number; tkp: number; total: number } | null;
  interviewScore: number | null;
  finalScore: number | null;
  rank: number | null;
  objectionDeadline: string | null;
  opening: { id: string; positionTitle: string; agency: { id: string; shortName: string } };
  objections: Array<{ id: string; stage: 'ADMIN_CHECK' | 'RESULT'; reason: string; status: 'OPEN' | 'ACCEPTED' | 'REJECTED'; response: string | null }>;
}

export const CandidateQuery = gql<{
  myCandidateProfile: Profile | null;
  myCandidateDocuments: Array<{ id: string; kind: DocumentKind; file: { id: string; name: string; url: string; size: number } }>;
  myApplications: MyApplication[];
}>`
  query Candidate {
    myCandidateProfile {
      fullName
      birthDate
      sex
      phone
      educationLevel
      major
      institution
    }
    myCandidateDocuments {
      id
      kind
      file {
        id
        name
        url
        size
      }
    }
    myApplications {
      ${applicationResultFields}
      objectionDeadline
      opening {
        id
        positionTitle
        agency {
          id
          shortName
        }
      }
      objections {
        id
        stage
        reason
        status
        response
      }
    }
  }
`;

export const SaveProfileMutation = gql<{ saveCandidateProfile: Profile }, { input: Profile }>`
  mutation SaveCandidateProfile($input: CandidateProfileInput!) {
    saveCandidateProfile(input: $input) {
      fullName
      birthDate
      sex
      phone
      educationLevel
      major
      institution
    }
  }
`;

export const UploadDocumentMutation = gql<{ uploadCandidateDocument: { id: string } }, { kind: DocumentKind; file: File }>`
  mutation UploadCandidateDocument($kind: CandidateDocumentKind!, $file: File!) {
    uploadCandidateDocument(kind: $kind, file: $file) {
      id
      kind
    }
  }
`;

export const ApplyMutation = gql<{ applyToOpening: { id: string; status: ApplicationStatus } }, { openingId: string }>`
  mutation ApplyToOpening($openingId: ID!) {
    applyToOpening(openingId: $openingId) {
      id
      status
    }
  }
`;

export const SubmitMutation = gql<{ submitApplication: { id: string; status: ApplicationStatus } }, { applicationId: string }>`
  mutation SubmitApplication($applicationId: ID!) {
    submitApplication(applicationId: $applicationId) {
      id
      status
      submittedAt
    }
  }
`;

export const ObjectionMutation = gql<{ fileApplicationObjection: { id: string } }, { applicationId: string; reason: string }>`
  mutation FileApplicationObjection($applicationId: ID!, $reason: String!) {
    fileApplicationObjection(applicationId: $applicationId, reason: $reason) {
      id
      stage
      status
    }
  }
`;

export interface OrientationItem {
  id: string;
  position: number;
  title: string;
  completedAt: string | null;
  enrolment: { id: string; status: 'ENROLLED' | 'COMPLETED' | 'CANCELLED'; programme: { id: string; title: string; startDate: string } } | null;
}

export const OrientationQuery = gql<{ myOrientation: OrientationItem[] }>`
  query MyOrientation {
    myOrientation {
      id
      position
      title
      completedAt
      enrolment {
        id
        status
        programme {
          id
          title
          startDate
        }
      }
    }
  }
`;

export const CompleteItemMutation = gql<{ completeOrientationItem: { id: string; completedAt: string } }, { itemId: string }>`
  mutation CompleteOrientationItem($itemId: ID!) {
    completeOrientationItem(itemId: $itemId) {
      id
      completedAt
    }
  }
`;
