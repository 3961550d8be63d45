import AccountPage from '../../features/account/components/account-page';
import { CommunityMailChoice } from '../../features/community/notifications/mail-choice';
import { ProviderTiesSection } from '../../features/solutions/forms/provider-ties';

/** /account, with the community's mail choice and one's ties to providers (features do not import each other). */
export default function AccountRoute() {
  return (
    <AccountPage
      community={
        <>
          <CommunityMailChoice />
          <ProviderTiesSection />
        </>
      }
    />
  );
}
