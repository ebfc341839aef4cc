import { gql } from 'urql';
import type { PagedConnection, Role } from '../../../graphql/types';

export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  disabled: boolean;
  lastLoginAt: string | null;
  agency: { id: string; name: string } | null;
  region: { id: string; name: string } | null;
}

const accountFields = `
  id
  username
  displayName
  role
  disabled
  lastLoginAt
  agency {
    id
    name
  }
  region {
    id
    name
  }
`;

export const AccountsQuery = gql<
  { accounts: PagedConnection<AccountRow> },
  { search: string | null; after: string | null }
>`
  query Accounts($search: String, $after: String) {
    accounts(search: $search, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ${accountFields}
        }
      }
    }
  }
`;

export interface CreateAccountInput {
  username: string;
  displayName: string;
  role: Role;
  agencyId: string | null;
  regionId: string | null;
  password: string | null;
}

export const CreateAccountMutation = gql<
  { createAccount: { account: AccountRow; generatedPassword: string | null } },
  { input: CreateAccountInput }
>`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        ${accountFields}
      }
      generatedPassword
    }
  }
`;

export const SetAccountDisabledMutation = gql<{ setAccountDisabled: AccountRow }, { id: string; disabled: boolean }>`
  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {
    setAccountDisabled(id: $id, disabled: $disabled) {
      ${accountFields}
    }
  }
`;

export const ResetAccountPasswordMutation = gql<{ resetAccountPassword: { account: { id: string; username: string }; generatedPassword: string | null } }, { id: string }>`
  mutation ResetAccountPassword($id: ID!) {
    resetAccountPassword(id: $id) {
      account {
        id
        username
      }
      generatedPassword
    }
  }
`;

export const ChangeAccountRoleMutation = gql<
  { changeAccountRole: AccountRow },
  { input: { id: string; role: Role; agencyId: string | null; regionId: string | null } }
>`
  mutation ChangeAccountRole($input: ChangeAccountRoleInput!) {
    changeAccountRole(input: $input) {
      ${accountFields}
    }
  }
`;
