import MeetPage from '../../features/matching/components/meet-page';
import { InlineTies } from '../../features/solutions/forms/provider-ties';

/** /incontra, each angel's card with their declared ties to providers (features do not import each other). */
export default function MeetRoute() {
  return <MeetPage angelExtra={(userId) => <InlineTies userId={userId} />} />;
}
