import { useTranslation } from 'react-i18next';
import type { Competency, CompetencyKind } from './queries';

const KINDS: CompetencyKind[] = ['TECHNICAL', 'MANAGERIAL', 'SOCIOCULTURAL'];

/** Competencies to tick, grouped by kind, with the group's error linked for screen readers. */
export function CompetencyChoice({ id, legend, competencies, selected, onChange, error }: { id: string; legend: string; competencies: Competency[]; selected: ReadonlySet<string>; onChange: (next: Set<string>) => void; error: string | undefined }) {
  const { t } = useTranslation();
  const toggle = (competencyId: string) => {
    const next = new Set(selected);
    if (!next.delete(competencyId)) next.add(competencyId);
    onChange(next);
  };
  return (
    <fieldset className="choice-group" aria-describedby={`${id}-error`} aria-invalid={error ? true : undefined}>
      <legend>{legend}</legend>
      {KINDS.map((kind) => {
        const ofKind = competencies.filter((competency) => competency.kind === kind);
        if (ofKind.length === 0) return null;
        return (
          <div key={kind} role="group" aria-label={t(`trainingAdmin.kinds.${kind}`)}>
            <p className="field__hint">{t(`trainingAdmin.kinds.${kind}`)}</p>
            {ofKind.map((competency) => (
              <label className="choice" key={competency.id}>
                <input type="checkbox" checked={selected.has(competency.id)} onChange={() => toggle(competency.id)} /> {competency.name}
              </label>
            ))}
          </div>
        );
      })}
      <p id={`${id}-error`} className="field__error" aria-live="polite">
        {error}
      </p>
    </fieldset>
  );
}
