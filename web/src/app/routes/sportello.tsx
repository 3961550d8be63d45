import { UnansweredQueue } from '../../features/community/notifications/unanswered-queue';
import SportelloAdminPage from '../../features/network/components/sportello-admin-page';

/** /sportelli/:id, with the community's unanswered queue (features do not import each other). */
export default function SportelloRoute() {
  return <SportelloAdminPage community={(sportelloId) => <UnansweredQueue sportelloId={sportelloId} />} />;
}
