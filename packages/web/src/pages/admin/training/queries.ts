import { gql } from 'urql';
import type { Connection } from '../../../graphql/types';

export type CompetencyKind = 'TECHNICAL' | 'MANAGERIAL' | 'SOCIOCULTURAL';
export type CoreValue = 'BERORIENTASI_PELAYANAN' | 'AKUNTABEL' | 'KOMPETEN' | 'HARMONIS' | 'LOYAL' | 'ADAPTIF' | 'KOLABORATIF';
export type TrainingDelivery = 'INTERNAL' | 'EXTERNAL';

export interface Competency {
  id: string;
  code: string;
  name: string;
  kind: CompetencyKind;
  coreValue: CoreValue | null;
}

export interface ProgrammeRow {
  id: string;
  title: string;
  delivery: TrainingDelivery;
  provider: string;
  hours: number;
  startDate: string;
  endDate: string;
  enrolled: number;
  competencies: Array<{ id: string; name: string }>;
}

const competencyFields = 'id code name kind coreValue';

export const CompetenciesQuery = gql<{ competencies: Competency[] }>`
  query Competencies {
    competencies { ${competencyFields} }
  }
`;

export const AgencyProgrammesQuery = gql<{ trainingProgrammes: Pick<Connection<ProgrammeRow>, 'edges'> }, { agencyId: string }>`
  query AgencyProgrammes($agencyId: ID!) {
    trainingProgrammes(agencyId: $agencyId, first: 100) {
      edges { node { id title delivery provider hours startDate endDate enrolled competencies { id name } } }
    }
  }
`;

export interface PositionRequirement {
  positionTitle: string;
  competencies: Array<{ id: string; name: string }>;
}

export const PositionRequirementsQuery = gql<{ agency: { id: string; positionRequirements: PositionRequirement[] } | null }, { id: string }>`
  query PositionRequirements($id: ID!) {
    agency(id: $id) { id positionRequirements { positionTitle competencies { id name } } }
  }
`;

export const AnnualTrainingTargetQuery = gql<{ annualTrainingTarget: number }>`
  query AnnualTrainingTarget {
    annualTrainingTarget
  }
`;

export interface ProgrammeInput {
  agencyId: string;
  title: string;
  delivery: TrainingDelivery;
  provider: string;
  hours: number;
  startDate: string;
  endDate: string;
  competencyIds: string[];
}

export const CreateProgrammeMutation = gql<{ createTrainingProgramme: { id: string; title: string } }, { input: ProgrammeInput }>`
  mutation CreateTrainingProgramme($input: CreateTrainingProgrammeInput!) {
    createTrainingProgramme(input: $input) { id title }
  }
`;

export const SetPositionCompetenciesMutation = gql<{ setPositionCompetencies: Competency[] }, { input: { agencyId: string; positionTitle: string; competencyIds: string[] } }>`
  mutation SetPositionCompetencies($input: SetPositionCompetenciesInput!) {
    setPositionCompetencies(input: $input) { ${competencyFields} }
  }
`;

export const CreateCompetencyMutation = gql<{ createCompetency: Competency }, { input: { code: string; name: string; kind: CompetencyKind; coreValue: CoreValue | null } }>`
  mutation CreateCompetency($input: CreateCompetencyInput!) {
    createCompetency(input: $input) { ${competencyFields} }
  }
`;

export const SetAnnualTrainingTargetMutation = gql<{ setAnnualTrainingTarget: number }, { hours: number }>`
  mutation SetAnnualTrainingTarget($hours: Int!) {
    setAnnualTrainingTarget(hours: $hours)
  }
`;
