// Product classification: likely HTS lines for a product from its title, category path and
// attributes (docs/classify.md). Pure: the data is injected; CLASSIFIER_DATA is the bundled one.
export { classify, prepareClassifier, type Classifier } from './classify.ts';
export type { Candidate, ClassifierData, ClassifyOptions, ClassifyResult, ProductText } from './types.ts';
export { CLASSIFIER_DATA } from './index.generated.ts';
