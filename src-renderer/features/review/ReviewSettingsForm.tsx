import { useId, useState, type FormEvent } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { ReviewRuleInfo, ReviewSettings } from '../../../shared/domain/review';
import { invoke } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n, useMessages } from '../../i18n/i18n';
import { DateInput } from '../../components/DateInput';
import { reviewMessages } from './messages';
import { draftFromSettings, settingsFromDraft, type SettingsDraft } from './settingsDraft';

const NUMBER_FIELDS = [
  ['dormantMonths', 1, 120],
  ['notReviewedMonths', 1, 120],
  ['smallAudience', 0, 1_000_000],
] as const;

/**
 * The review's thresholds, its reference date, the rules switched on and the city's domains;
 * saved with review.settings.save (one undo step). Give it a `key` to start over from new settings.
 */
export function ReviewSettingsForm({
  settings,
  rules,
  onSaved,
}: {
  settings: ReviewSettings;
  rules: ReviewRuleInfo[];
  onSaved(): void;
}) {
  const m = useMessages(reviewMessages);
  const { language } = useI18n();
  const baseId = useId();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(settings));
  const [invalid, setInvalid] = useState(false);
  const [referenceDateValid, setReferenceDateValid] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const set = (patch: Partial<SettingsDraft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setInvalid(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = referenceDateValid ? settingsFromDraft(draft) : null;
    if (!next) {
      setInvalid(true);
      return;
    }
    const result = await invoke('review.settings.save', { settings: next });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onSaved();
  };

  const toggleRule = (rule: ReviewRuleInfo['rule'], enabled: boolean) =>
    set({
      disabledRules: enabled ? draft.disabledRules.filter((r) => r !== rule) : [...draft.disabledRules, rule],
    });

  return (
    <form className="review-settings" onSubmit={(event) => void submit(event)} noValidate>
      <DateInput
        label={m.settingsReferenceDate}
        value={settings.referenceDate}
        hint={m.dateHint}
        invalidText={m.invalidDate}
        onChange={(iso, valid) => {
          setReferenceDateValid(valid);
          set({ referenceDate: iso });
        }}
      />
      {NUMBER_FIELDS.map(([field, min, max]) => (
        <div className="field" key={field}>
          <label htmlFor={`${baseId}-${field}`}>{m[field]}</label>
          <input
            id={`${baseId}-${field}`}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            value={draft[field]}
            onChange={(event) => set({ [field]: event.target.value })}
          />
        </div>
      ))}
      <div className="field">
        <label htmlFor={`${baseId}-cost`}>{m.maxCostPerFollower}</label>
        <input
          id={`${baseId}-cost`}
          type="text"
          inputMode="decimal"
          size={10}
          value={draft.maxCostPerFollowerEuro}
          onChange={(event) => set({ maxCostPerFollowerEuro: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${baseId}-domains`}>{m.cityDomains}</label>
        <textarea
          id={`${baseId}-domains`}
          rows={3}
          value={draft.cityDomains}
          onChange={(event) => set({ cityDomains: event.target.value })}
        />
      </div>
      <fieldset className="review-rules">
        <legend>{m.rules}</legend>
        {rules.map((rule) => (
          <div key={rule.rule} className="field field-check">
            <input
              id={`${baseId}-rule-${rule.rule}`}
              type="checkbox"
              checked={!draft.disabledRules.includes(rule.rule)}
              onChange={(event) => toggleRule(rule.rule, event.target.checked)}
            />
            <label htmlFor={`${baseId}-rule-${rule.rule}`}>{language === 'nl' ? rule.title : rule.titleEn}</label>
          </div>
        ))}
      </fieldset>
      {invalid ? (
        <p className="field-error" role="alert">
          {m.invalidSettings}
        </p>
      ) : null}
      <ErrorMessage error={error} />
      <button type="submit">{m.saveSettings}</button>
    </form>
  );
}
