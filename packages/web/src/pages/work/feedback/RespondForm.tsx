import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RespondToFeedbackMutation } from '../queries';
import { ScoreForm } from '../ScoreForm';

/** Answers one invitation to give feedback about a colleague. */
export function RespondForm({ invitationId }: { invitationId: string }) {
  const { t } = useTranslation();
  const [state, respond] = useMutation(RespondToFeedbackMutation);
  return (
    <ScoreForm
      id={`respond-${invitationId}`}
      legend={t('work.feedback.score')}
      submitLabel={t('work.feedback.respond')}
      busy={state.fetching}
      error={state.error}
      onSubmit={(score, comment) => void respond({ input: { invitationId, score, comment } }, { additionalTypenames: ['FeedbackInvitation'] })}
    />
  );
}
