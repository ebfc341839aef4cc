import { gql } from 'urql';

export const CreateUnitMutation = gql<{ createUnit: { id: string } }, { input: { agencyId: string; parentId: string | null; code: string; name: string } }>`
  mutation CreateUnit($input: CreateUnitInput!) {
    createUnit(input: $input) {
      id
    }
  }
`;

export const RenameUnitMutation = gql<{ updateUnit: { id: string; name: string } }, { input: { id: string; name: string } }>`
  mutation RenameUnit($input: UpdateUnitInput!) {
    updateUnit(input: $input) {
      id
      name
    }
  }
`;

export const DeleteUnitMutation = gql<{ deleteUnit: string }, { id: string }>`
  mutation DeleteUnit($id: ID!) {
    deleteUnit(id: $id)
  }
`;
