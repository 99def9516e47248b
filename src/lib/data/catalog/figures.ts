/**
 * Flattening of the shared `Figure` shape (figureSchema.ts): one row for the
 * figure, one more per alternative value another source published.
 */
import type { Figure } from '../figureSchema';
import { datePrecision, unitWords } from './shared';

/** Row fields a figure fills; entries add their own `record_type` and context. */
export function figureRows(f: Figure) {
  const base = { id: f.id, label: f.label, unit: unitWords(f.unit), date: f.date, date_precision: datePrecision(f.date) };
  return [
    {
      ...base,
      value: f.value,
      qualifier: f.qualifier,
      alternative: false,
      story_uses: f.storyUses ?? false,
      sources: f.source,
      confidence: f.confidence,
      note: f.note,
    },
    ...(f.alternatives ?? []).map((a) => ({
      ...base,
      value: a.value,
      qualifier: a.qualifier,
      alternative: true,
      story_uses: false,
      sources: a.source,
      note: a.note,
    })),
  ];
}
