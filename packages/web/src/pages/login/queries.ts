import { gql } from 'urql';
import type { SessionUser } from '../../app/session';

export interface LoginInput {
  username: string;
  password: string;
}

export const LoginMutation = gql<{ login: { user: SessionUser } }, { input: LoginInput }>`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
        username
        displayName
        role
      }
    }
  }
`;
