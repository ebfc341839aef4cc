import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Empty } from '../../../components/QueryStatus';
import { errorsForForm } from '../../../graphql/errors';
import { nodes } from '../../../graphql/types';
import { DesignateWbsHandlerMutation } from '../../complaints/queries';
import { AccountsQuery } from '../accounts/queries';
import { FormErrors } from '../Field';
import type { RegionOption } from '../queries';

/** ADMIN only: names an account that handles (and alone sees) the region's whistle-blowing reports. */
export function WbsHandlerForm({ region }: { region: RegionOption }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState<string | null>(null);
  const [accounts] = useQuery({ query: AccountsQuery, variables: { search, after: null }, pause: search === null });
  const [designation, designate] = useMutation(DesignateWbsHandlerMutation);
  const [designated, setDesignated] = useState<string | null>(null);
  const errors = errorsForForm(designation.error, [], t);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSearch(typed.trim());
  };
  const onDesignate = async (userId: string, name: string) => {
    const result = await designate({ userId, regionId: region.id });
    if (result.data?.designateWbsHandler) setDesignated(name);
  };
  const found = nodes(accounts.data?.accounts);

  return (
    <section aria-labelledby="wbs-title">
      <h2 id="wbs-title">{t('complaints.wbs.title')}</h2>
      <p className="muted">{t('complaints.wbs.intro', { region: region.name })}</p>
      <form className="filters" role="search" aria-labelledby="wbs-title" onSubmit={onSearch}>
        <div className="field field--inline">
          <label htmlFor="wbs-search">{t('complaints.wbs.search')}</label>
          <input id="wbs-search" type="search" value={typed} onChange={(event) => setTyped(event.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('complaints.wbs.find')}
        </button>
      </form>
      <FormErrors messages={errors.form} />
      {designated && (
        <p className="status status--ok" role="status">
          {t('complaints.wbs.designated', { name: designated, region: region.name })}
        </p>
      )}
      {search !== null && accounts.data && found.length === 0 && <Empty>{t('complaints.wbs.none')}</Empty>}
      {found.length > 0 && (
        <ul className="plain-list">
          {found.map((account) => (
            <li key={account.id}>
              {account.displayName} ({account.username}, {t(`roles.${account.role}`)}){' '}
              <button type="button" className="button" disabled={designation.fetching} onClick={() => void onDesignate(account.id, account.displayName)}>
                {t('complaints.wbs.designate', { name: account.displayName })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
