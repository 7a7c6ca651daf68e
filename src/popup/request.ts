/**
 * popup.html's first script, classic and tiny: asks the tab for its digest before the rest of
 * the popup has loaded (see ./page-request.ts).
 */
import { startEarly } from './page-request';

startEarly();
