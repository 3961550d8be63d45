import { OwnCaseloadPage } from './caseloads-page';

/** /il-mio-carico: the angel's own caseload (the same card the coordinator sees). */
export default OwnCaseloadPage;
