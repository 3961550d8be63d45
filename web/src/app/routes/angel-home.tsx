import AngelHomePage from '../../features/angels/components/angel-home-page';
import { WaitingQuestions } from '../../features/community/notifications/waiting-questions';

/** /angel, with the community's questions waiting for an answer (features do not import each other). */
export default function AngelHomeRoute() {
  return <AngelHomePage community={<WaitingQuestions />} />;
}
