import type { Expectation } from '@pantau/shared';
import { useTranslation } from 'react-i18next';

const EXPECTATIONS: readonly Expectation[] = ['DI_ATAS', 'SESUAI', 'DI_BAWAH'];

/** The three expectation ratings as <option>s, best first, optionally after an empty "choose" one. */
export function ExpectationOptions({ choose = false }: { choose?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {choose && <option value="">{t('team.appraisal.choose')}</option>}
      {EXPECTATIONS.map((expectation) => (
        <option key={expectation} value={expectation}>
          {t(`performance.expectation.${expectation}`)}
        </option>
      ))}
    </>
  );
}
