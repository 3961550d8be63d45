import { useParams } from 'react-router-dom';
import AngelReviewPage from '../../features/network/components/angel-review-page';
import { DeclaredTies } from '../../features/solutions/forms/provider-ties';

/** /sportelli/:id/angel/:userId, with the angel's declared ties to providers (features do not import each other). */
export default function AngelReviewRoute() {
  const { userId = '' } = useParams();
  return <AngelReviewPage ties={<DeclaredTies userId={userId} showNone />} />;
}
