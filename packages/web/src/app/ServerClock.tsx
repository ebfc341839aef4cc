import { useTranslation } from 'react-i18next';
import { gql, useSubscription } from 'urql';
import { useFormat } from '../i18n/format';

const ServerTimeSubscription = gql<{ serverTime: string }>`
  subscription ServerTime {
    serverTime
  }
`;

/** The server's clock, ticking over the WebSocket: visible proof that subscriptions flow. */
export function ServerClock() {
  const { t } = useTranslation();
  const { formatDateTime } = useFormat();
  const [result] = useSubscription({ query: ServerTimeSubscription });
  const serverTime = result.data?.serverTime;
  if (!serverTime) return null;
  return (
    <p className="server-clock">
      {t('connection.serverTime', {
        time: formatDateTime(serverTime, { dateStyle: undefined, timeStyle: 'medium' }),
      })}
    </p>
  );
}
