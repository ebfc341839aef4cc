import { gql } from 'urql';

export const ChangeOwnPasswordMutation = gql<{ changeOwnPassword: boolean }, { currentPassword: string; newPassword: string }>`
  mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
    changeOwnPassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`;

export const LogoutEverywhereMutation = gql<{ logoutEverywhere: number }>`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`;

export const MyPersonalDataQuery = gql<{ myPersonalData: string }>`
  query MyPersonalData {
    myPersonalData
  }
`;
