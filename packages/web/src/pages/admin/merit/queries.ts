import type { Predikat } from '@pantau/shared';
import { gql } from 'urql';

// Reward and merit of one agency: its recognitions, the merit list from locked final ratings, and
// the e-Kinerja export. The API gives them to the agency's administrators (and the list to the
// region's leaders); recognising and exporting are the agency administrator's alone.

export type RecognitionKind = 'EMPLOYEE_OF_THE_MONTH' | 'AWARD';

export interface Recognition {
  id: string;
  kind: RecognitionKind;
  title: string;
  citation: string;
  awardedOn: string;
  employee: { id: string; name: string; positionTitle: string };
}

export interface MeritEntry {
  rank: number;
  sangatBaikYears: number;
  baikOrBetterYears: number;
  predikat: Predikat;
  employee: { id: string; name: string; nip: string; positionTitle: string };
}

export const MeritQuery = gql<{ agencyRecognitions: Recognition[]; meritList: MeritEntry[] }, { agencyId: string; year: number }>`
  query Merit($agencyId: ID!, $year: Int!) {
    agencyRecognitions(agencyId: $agencyId, year: $year) {
      id
      kind
      title
      citation
      awardedOn
      employee {
        id
        name
        positionTitle
      }
    }
    meritList(agencyId: $agencyId, year: $year) {
      rank
      sangatBaikYears
      baikOrBetterYears
      predikat
      employee {
        id
        name
        nip
        positionTitle
      }
    }
  }
`;

export const meritContext = { additionalTypenames: ['Recognition'] };

export const EmployeeOptionsQuery = gql<{ employees: { edges: Array<{ node: { id: string; name: string; positionTitle: string } }> } }, { agencyId: string; search: string | null }>`
  query EmployeeOptions($agencyId: ID!, $search: String) {
    employees(agencyId: $agencyId, search: $search, first: 50) {
      edges {
        node {
          id
          name
          positionTitle
        }
      }
    }
  }
`;

export interface RecogniseInput {
  employeeId: string;
  kind: RecognitionKind;
  title: string;
  citation: string;
  awardedOn: string;
}

export const RecogniseMutation = gql<{ recogniseEmployee: { id: string } }, { input: RecogniseInput }>`
  mutation RecogniseEmployee($input: RecogniseEmployeeInput!) {
    recogniseEmployee(input: $input) {
      id
      kind
      title
      awardedOn
    }
  }
`;

export const ExportRatingsMutation = gql<{ exportFinalRatings: { filename: string; mediaType: string; rows: number; csv: string } }, { agencyId: string; year: number }>`
  mutation ExportFinalRatings($agencyId: ID!, $year: Int!) {
    exportFinalRatings(agencyId: $agencyId, year: $year) {
      filename
      mediaType
      rows
      csv
    }
  }
`;
