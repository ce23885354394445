import type { ItemAnswer, PublicCase, PublicQuestion, QuestionKey } from '../../lib/exam/index.ts';
import type { FormItem } from '../../lib/exam/exam-types.ts';

interface Props {
  number: number;
  total: number;
  question: PublicQuestion;
  item: FormItem;
  caseSet?: PublicCase;
  answer?: ItemAnswer;
  strikes: number[];
  flagged: boolean;
  disabled: boolean;
  /** Practice mode after checking, or the report: show what was right. */
  feedback?: QuestionKey;
  onAnswer: (answer: ItemAnswer) => void;
  onStrike: (option: number) => void;
  onFlag: () => void;
  /** h2 in the runner, h4 inside the report's review list. */
  headingLevel?: 2 | 4;
}

const letters = 'ABCDEF';

/** One question: case chart, stem, options (with strike-out) or code entry, and the flag toggle. */
export default function QuestionView({ number, total, question, item, caseSet, answer, strikes, flagged, disabled, feedback, onAnswer, onStrike, onFlag, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h4';
  const headingId = `q-heading-${question.id}`;
  const order = item.optionOrder ?? question.options?.map((_, i) => i) ?? [];
  const selected = answer?.kind === 'choice' ? answer.selected : [];
  const multiple = question.type === 'multiple';
  const choose = (original: number) => {
    if (multiple) onAnswer({ kind: 'choice', selected: selected.includes(original) ? selected.filter((s) => s !== original) : [...selected, original] });
    else onAnswer({ kind: 'choice', selected: [original] });
  };
  const codes = answer?.kind === 'codes' ? answer : { kind: 'codes' as const, diagnoses: [], procedures: [] };
  const rightOptions = feedback && typeof feedback.answer === 'number' ? [feedback.answer] : Array.isArray(feedback?.answer) ? feedback.answer : [];
  return (
    <section className="exam-question" aria-labelledby={headingId}>
      <div className="question-bar">
        <Heading id={headingId}>Question {number} of {total}</Heading>
        {headingLevel === 2 && (
          <button type="button" className="flag" aria-pressed={flagged} onClick={onFlag} disabled={disabled}>
            {flagged ? '⚑ Flagged for review' : '⚐ Flag for review'}
          </button>
        )}
      </div>
      {caseSet && (
        <details className="case-chart" open>
          <summary>Case: {caseSet.title}</summary>
          <div dangerouslySetInnerHTML={{ __html: caseSet.chart }} />
        </details>
      )}
      <div className="stem" dangerouslySetInnerHTML={{ __html: question.stem }} />
      {question.options && (
        <fieldset className="options">
          <legend>{multiple ? `Choose ${question.choose}` : 'Choose one answer'}</legend>
          {order.map((original, shown) => {
            const struck = strikes.includes(original);
            const id = `opt-${question.id}-${original}`;
            const isRight = rightOptions.includes(original);
            return (
              <div key={original} className={`option${struck ? ' struck' : ''}${feedback ? (isRight ? ' right' : selected.includes(original) ? ' wrong' : '') : ''}`}>
                <input id={id} type={multiple ? 'checkbox' : 'radio'} name={`q-${question.id}`} checked={selected.includes(original)} disabled={disabled} onChange={() => choose(original)} />
                <label htmlFor={id}>
                  <span className="letter">{letters[shown]}.</span> {struck ? <s>{question.options![original]}</s> : question.options![original]}
                  {struck && <span className="visually-hidden"> (struck out)</span>}
                  {feedback && isRight && <strong> — right answer</strong>}
                </label>
                {!feedback && (
                  <button type="button" className="strike" aria-pressed={struck} aria-label={`Strike out option ${letters[shown]}`} disabled={disabled} onClick={() => onStrike(original)}>
                    Strike out
                  </button>
                )}
                {feedback?.optionRationales && <p className="option-rationale">{feedback.optionRationales[original]}</p>}
              </div>
            );
          })}
        </fieldset>
      )}
      {question.type === 'code-entry' && (
        <fieldset className="options">
          <legend>Type the codes you would report, one per line</legend>
          {question.expects?.diagnoses && (
            <label className="code-area">
              Diagnosis codes (ICD-10-CM), first-listed first
              <textarea rows={4} value={codes.diagnoses.join('\n')} disabled={disabled} spellCheck={false} onChange={(e) => onAnswer({ ...codes, diagnoses: e.target.value.split('\n') })} />
            </label>
          )}
          {question.expects?.procedures && (
            <label className="code-area">
              Procedure codes (CPT or HCPCS) with modifiers and units, e.g. 99214-25 or J1100 x4
              <textarea rows={4} value={codes.procedures.map((p) => p.code).join('\n')} disabled={disabled} spellCheck={false} onChange={(e) => onAnswer({ ...codes, procedures: e.target.value.split('\n').map((code) => ({ code })) })} />
            </label>
          )}
        </fieldset>
      )}
      {feedback && (
        <div className="question-feedback">
          {typeof feedback.answer === 'object' && !Array.isArray(feedback.answer) && (
            <p>
              <strong>Answer:</strong> {[...feedback.answer.diagnoses.map((d) => d.code), ...feedback.answer.procedures.map((p) => [p.code, ...p.modifiers].join('-') + (p.units > 1 ? ` x${p.units}` : ''))].join(', ')}
            </p>
          )}
          <div dangerouslySetInnerHTML={{ __html: feedback.rationale }} />
          <p className="muted">Reference: {feedback.reference}</p>
        </div>
      )}
    </section>
  );
}
