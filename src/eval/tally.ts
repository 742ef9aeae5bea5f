// Running counts of one event set, or of the part of it in one language: detection over every gold event,
// over stated ones, per document, and the field hits. score-events.ts feeds one tally for the whole set and
// one per language, and turns each into figures the same way.
import type { DetectionScore, GoldEvent, LanguageReport, Ratio } from './types.js';
import { FieldCounter, detection } from './metrics.js';

/** Field scores in this order in reports (only fields the set has). */
export const FIELD_ORDER = ['type', 'acled_type', 'acled_sub_type', 'place_25km', 'place_country', 'place_name', 'date_exact', 'date_1d', 'killed_exact', 'killed_range', 'injured_exact', 'attribution', 'actor_country'];

export const isStated = (g: GoldEvent): boolean => g.stated !== false;

/** What a tally turns into: the figures a set report and a language report share. */
export type TallyFigures = Omit<LanguageReport, 'lang'>;

export class EventTally {
  readonly fields = new FieldCounter();
  private docs = 0;
  private goldEvents = 0;
  private predicted = 0;
  private tp = 0;
  private fp = 0;
  private fn = 0;
  // Over stated gold events only (s = stated); tp/fp/fn above count every gold event.
  private stp = 0;
  private sfp = 0;
  private sfn = 0;
  private dtp = 0;
  private dfp = 0;
  private dfn = 0;
  /** Gold events their texts do not state. */
  unstated = 0;

  /** Counts one document's detection: its gold events, how many events were predicted, and the (gold, predicted) pairs. */
  addDoc(gold: readonly GoldEvent[], predicted: number, pairs: readonly (readonly [number, number])[]): void {
    this.docs++;
    this.predicted += predicted;
    this.goldEvents += gold.length;
    this.tp += pairs.length;
    this.fn += gold.length - pairs.length;
    this.fp += predicted - pairs.length;
    const statedGold = gold.filter(isStated).length;
    this.unstated += gold.length - statedGold;
    const statedPairs = pairs.filter(([gi]) => isStated(gold[gi]!)).length;
    this.stp += statedPairs;
    this.sfn += statedGold - statedPairs;
    // A prediction left over counts against precision unless the document's events are all unstated.
    if (statedGold > 0 || gold.length === 0) this.sfp += predicted - pairs.length;
    if (gold.length && predicted) this.dtp++;
    else if (gold.length) this.dfn++;
    else if (predicted) this.dfp++;
  }

  /** The figures; `withStated` adds detection over stated events (the whole set has unstated ones). */
  figures(withStated: boolean): TallyFigures {
    const det: DetectionScore = detection(this.tp, this.fp, this.fn);
    const detStated = detection(this.stp, this.sfp, this.sfn);
    const ratios = this.fields.ratios();
    const fields: Record<string, Ratio> = Object.fromEntries(FIELD_ORDER.filter((f) => ratios[f]).map((f) => [f, ratios[f]!]));
    const headline: Record<string, number | null> = { detection_f1: det.f1, detection_precision: det.precision, detection_recall: det.recall };
    if (withStated) Object.assign(headline, { detection_f1_stated: detStated.f1, detection_precision_stated: detStated.precision, detection_recall_stated: detStated.recall });
    for (const [k, v] of Object.entries(fields)) headline[k] = v.pct;
    return {
      docs: this.docs,
      goldEvents: this.goldEvents,
      predictedEvents: this.predicted,
      headline,
      detection: det,
      ...(withStated ? { detectionStated: detStated } : {}),
      docDetection: detection(this.dtp, this.dfp, this.dfn),
      fields,
    };
  }
}
