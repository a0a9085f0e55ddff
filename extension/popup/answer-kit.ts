// The classifier and the tariff schedule the popup's answer needs (extension/answer.ts), in their
// own chunk: the popup imports this file dynamically after its first paint, so the decision shows
// first and the product candidates when the classifier is prepared (once per popup). The content
// script never imports it.
import { bundledSchedule, CLASSIFIER_DATA, prepareClassifier, type Classifier, type Schedule } from '../../core/page.ts';

export interface AnswerKit {
  classifier: Classifier;
  schedule: Schedule;
  /** how long the preparation took, ms (for the bench) */
  preparedMs: number;
}

let kit: AnswerKit | undefined;
export function answerKit(): AnswerKit {
  if (!kit) {
    const t0 = performance.now();
    const classifier = prepareClassifier(CLASSIFIER_DATA);
    const schedule = bundledSchedule();
    kit = { classifier, schedule, preparedMs: performance.now() - t0 };
  }
  return kit;
}
