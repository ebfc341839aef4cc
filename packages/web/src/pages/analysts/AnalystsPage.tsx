import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../app/usePageTitle';
import { useQuery } from 'urql';
import { AnalystsSampleQuery, examples, graphiqlUrl, sampleOf } from './examples';

/** `/analis`: how to read the data through the API, with examples that open in GraphiQL. */
export function AnalystsPage() {
  const { t } = useTranslation();
  usePageTitle(t('analysts.title'));
  const [{ data }] = useQuery({ query: AnalystsSampleQuery });
  const sample = sampleOf(data);
  return (
    <article aria-labelledby="analysts-title" className="analysts">
      <h1 id="analysts-title">{t('analysts.title')}</h1>
      <p className="lead">{t('analysts.intro')}</p>
      <p>
        <a className="button" href="/graphql">
          {t('analysts.openGraphiql')}
        </a>{' '}
        <span className="muted">{t('analysts.docsHint')}</span>
      </p>

      <section aria-labelledby="analysts-examples">
        <h2 id="analysts-examples">{t('analysts.examples')}</h2>
        {examples.map((example) => (
          <section key={example.key} aria-labelledby={`example-${example.key}`} className="example">
            <h3 id={`example-${example.key}`}>{t(`analysts.example.${example.key}.title`)}</h3>
            <p>{t(`analysts.example.${example.key}.description`)}</p>
            <pre className="code"><code>{example.query}</code></pre>
            <a className="button" href={graphiqlUrl(example.query, sample && example.variables(sample))} target="_blank" rel="noreferrer">
              {t('analysts.tryIt')}
            </a>
          </section>
        ))}
      </section>

      <section aria-labelledby="analysts-rules">
        <h2 id="analysts-rules">{t('analysts.rules.heading')}</h2>
        <h3>{t('analysts.rules.errorsTitle')}</h3>
        <p>{t('analysts.rules.errors')}</p>
        <h3>{t('analysts.rules.paginationTitle')}</h3>
        <p>{t('analysts.rules.pagination')}</p>
        <h3>{t('analysts.rules.costTitle')}</h3>
        <p>{t('analysts.rules.cost')}</p>
        <h3>{t('analysts.rules.publicTitle')}</h3>
        <p>{t('analysts.rules.public')}</p>
      </section>
    </article>
  );
}
