import AccountPage from '../../features/account/components/account-page';
import { CommunityMailChoice } from '../../features/community/notifications/mail-choice';

/** /account, with the community's mail choice (features do not import each other). */
export default function AccountRoute() {
  return <AccountPage community={<CommunityMailChoice />} />;
}
