import { evaluateNeeds, ZNeedsCaseFile, type TNeedsCaseFile } from '../../domain/intake/evaluate.js';
import { extractNeeds } from '../../domain/intake/extract-needs.js';

// The CLI reaches domain rules through services, as every caller above the services does.
export { evaluateNeeds, extractNeeds, ZNeedsCaseFile, type TNeedsCaseFile };
