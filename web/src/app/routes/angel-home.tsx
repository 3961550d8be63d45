import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import AngelHomePage from '../../features/angels/components/angel-home-page';
import { WaitingQuestions } from '../../features/community/notifications/waiting-questions';

/** /angel, with the community's questions waiting for an answer and the way to one's caseload (features do not import each other). */
export default function AngelHomeRoute() {
  const { t } = useTranslation();
  return (
    <AngelHomePage
      community={
        <>
          <p className="notice notice-info">
            <Link to="/il-mio-carico">{t('caseloads.ownLink')}</Link>
          </p>
          <WaitingQuestions />
        </>
      }
    />
  );
}
