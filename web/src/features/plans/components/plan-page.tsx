import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { SuggestLessonForm } from '../../../components/lesson-picker/suggest-lesson-form';
import { ErrorNotice } from '../../../components/ui/error-notice';
import { FormStatus } from '../../../components/ui/form-status';
import { Loading } from '../../../components/ui/loading';
import { usePageTitle } from '../../../components/ui/use-page-title';
import { isApiError } from '../../../lib/api-client';
import { markAfterPaint } from '../../../lib/after-paint';
import { takeEarly } from '../../../lib/early-fetch';
import { RequireSignIn, useSession, type TMe } from '../../../lib/session';
import { isPendingId, progressOf } from '../api/outbox';
import { planPath } from '../api/plan-path';
import { addGoal, exportPath, type TAction, type TActionStatus, type TGoalInput, type TPlanView } from '../api/plans';
import { useComments } from '../hooks/use-comments';
import { useGrowingCount } from '../hooks/use-growing-count';
import { usePlan } from '../hooks/use-plan';
import { useStableItems, useStableSet } from '../hooks/use-stable';
import { LessonTitles } from '../hooks/use-lesson-titles';
import { PlanCalls } from '../hooks/use-plan-calls';
import { PlanSolutions } from '../hooks/use-plan-solutions';
import { PlanWords } from '../hooks/use-words';
import { CheckpointBox } from './checkpoint-box';
import { EngagementBox } from './engagement-box';
import { GoalCard } from './goal-card';
import { GoalForm } from './goal-form';
import { History } from './history';
import { MeetingLog } from './meeting-log';
import { PlanList } from './plan-list';
import { ConflictCard, SyncBar } from './sync-bar';
import { PlanTraps } from '../../traps/components/plan-traps';

/** /piano (the entrepreneur's business) and /piano/:businessId (the angel, the coordinator). */
export default function PlanPage() {
  const { businessId } = useParams();
  const isSignedOut = useSession().me === null;
  // The entry script asked for this plan before anyone knew the visitor was signed out: that
  // answer is a 401. Dropped, so that after signing in (no reload) the plan is read afresh.
  useEffect(() => {
    if (isSignedOut && businessId) void takeEarly(planPath(businessId));
  }, [isSignedOut, businessId]);
  return <RequireSignIn fallback={<Loading />}>{(me) => <PlanFor me={me} businessId={businessId} />}</RequireSignIn>;
}

/**
 * The plan's heading and the tab's title, naming the business whose plan it is when known:
 * "Il piano di rilancio di Panificio Esempio".
 */
function usePlanHeading(businessName?: string): string {
  const { t } = useTranslation();
  const heading = businessName ? t('plans.titleOf', { business: businessName }) : t('plans.title');
  usePageTitle(heading);
  return heading;
}

function PlanFor({ me, businessId }: { me: TMe; businessId?: string }) {
  if (businessId) return <Plan key={businessId} me={me} businessId={businessId} />;
  // Angels and coordinators follow several businesses: their list, what needs attention first.
  const isHelper = me.memberships.length > 0;
  if (!isHelper && me.businesses.length === 1) return <Plan me={me} businessId={me.businesses[0]!.id} />;
  return <Plans me={me} isHelper={isHelper} />;
}

function Plans({ me, isHelper }: { me: TMe; isHelper: boolean }) {
  const { t } = useTranslation();
  const heading = usePlanHeading();
  return (
    <section className="page narrow" aria-labelledby="plan-h">
      <h1 id="plan-h">{heading}</h1>
      {isHelper || me.businesses.length > 1 ? (
        <PlanList />
      ) : (
        <>
          <p>{t('plans.noBusiness')}</p>
          <Link to="/ascolto" className="btn btn-primary">
            {t('plans.goAscolto')}
          </Link>
        </>
      )}
    </section>
  );
}

function Plan({ me, businessId }: { me: TMe; businessId: string }) {
  const { t } = useTranslation();
  const p = usePlan(businessId);
  const business = me.businesses.find((b) => b.id === businessId);
  const isOwner = Boolean(business);

  // The plan names its business (angels and coordinators are not among its owners); an older
  // copy kept on the phone may not carry the name yet.
  const heading = usePlanHeading(p.view?.business?.name ?? business?.name);
  // Linking a call for funding to an action goes the way of any change of it (offline too).
  const { changeAction } = p;
  const linkCall = useCallback((a: TAction, callId: string | null) => changeAction(a, { linkedCallId: callId }), [changeAction]);

  if (p.status === 'loading') return <Loading />;
  if (p.status === 'not_started') return <NotStarted isOwner={isOwner} heading={heading} onStart={p.start} />;
  if (p.status === 'error' || !p.view) {
    if (p.error?.status === 404 || p.error?.status === 403) {
      return (
        <section className="page narrow" aria-labelledby="plan-h">
          <h1 id="plan-h">{heading}</h1>
          <p>{t('plans.notFound')}</p>
        </section>
      );
    }
    return <ErrorNotice message={p.error?.detail ?? t('errors.generic')} onRetry={() => void p.reload()} />;
  }
  return (
    <PlanWords>
      <LessonTitles lessons={p.view.lessons}>
        <PlanCalls calls={p.view.calls} onLink={p.view.abilities.edit ? linkCall : undefined}>
          <PlanSolutions planId={p.view.plan.id} links={p.view.solutions}>
            <PlanView p={p} view={p.view} heading={heading} isOwner={isOwner} meId={me.user.id} />
          </PlanSolutions>
        </PlanCalls>
      </LessonTitles>
    </PlanWords>
  );
}

function NotStarted({ isOwner, heading, onStart }: { isOwner: boolean; heading: string; onStart: () => Promise<void> }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const start = async () => {
    setIsBusy(true);
    setError(null);
    try {
      await onStart();
    } catch (e) {
      setError(isApiError(e) ? e.detail : t('errors.generic'));
      setIsBusy(false);
    }
  };
  return (
    <section className="page narrow" aria-labelledby="plan-h">
      <h1 id="plan-h">{heading}</h1>
      {isOwner ? (
        <>
          <p>{t('plans.notStarted.owner1')}</p>
          <p>{t('plans.notStarted.owner2')}</p>
          <Link to="/incontra" className="btn btn-secondary">
            {t('plans.notStarted.meet')}
          </Link>
        </>
      ) : (
        <>
          <p>{t('plans.notStarted.angel')}</p>
          <FormStatus kind="error" message={error} />
          <button type="button" className="btn btn-primary btn-big" disabled={isBusy} onClick={() => void start()}>
            {t('plans.notStarted.start')}
          </button>
        </>
      )}
    </section>
  );
}

type TPlanHook = ReturnType<typeof usePlan>;

const NO_ACTIONS: TAction[] = [];

function PlanView({ p, view, heading, isOwner, meId }: { p: TPlanHook; view: TPlanView; heading: string; isOwner: boolean; meId: string }) {
  const { t, i18n } = useTranslation();
  const comments = useComments(view.plan.id);
  const [isAddingGoal, setIsAddingGoal] = useState(false);
  const [goalMessage, setGoalMessage] = useState<string | null>(null);
  const progress = progressOf(view);
  const canEdit = view.abilities.edit;
  // A big plan has hundreds of actions: the cards and lines are memoised, so they get the same
  // objects while nothing in them changed (the plan is read again after each save), their actions
  // grouped once, and callbacks that do not change from one render to the next.
  const goals = useStableItems(view.goals);
  const actions = useStableItems(view.actions);
  const actionsByGoal = useMemo(() => {
    const map = new Map<string, TAction[]>();
    for (const a of actions) {
      const list = map.get(a.goalId);
      if (list) list.push(a);
      else map.set(a.goalId, [a]);
    }
    return map;
  }, [actions]);
  const pendingIds = useStableSet([...p.outbox.edits.map((e) => e.entityId), ...actions.filter((a) => isPendingId(a.id)).map((a) => a.id)]);
  const conflictIds = useStableSet(p.outbox.conflicts.map((c) => c.entityId));
  const percent = Math.round(progress.share * 100);
  // The goals of the first screen at once, the others frame by frame just after (see the bench).
  const shownGoals = useGrowingCount(goals.length, 2, 4);
  useEffect(() => markAfterPaint('affianco:plan-shown'), []);
  useEffect(() => {
    if (shownGoals === goals.length) markAfterPaint('affianco:plan-complete');
  }, [shownGoals, goals.length]);
  const { changeAction } = p;
  const onStatus = useCallback(
    (a: TAction, status: TActionStatus) => void changeAction(a, { status }).then((r) => setGoalMessage(r.kind === 'refused' ? r.error.detail : null)),
    [changeAction],
  );

  const saveGoal = async (input: TGoalInput) => {
    const goal = await addGoal(view.plan.id, input);
    await p.reload();
    setIsAddingGoal(false);
    setGoalMessage(t('plans.goalForm.saved', { title: goal.title }));
  };

  return (
    <article className="plan" aria-labelledby="plan-h">
      <h1 id="plan-h">{heading}</h1>
      <SyncBar outbox={p.outbox} pending={p.pending} isOnline={p.isOnline} isSyncing={p.isSyncing} message={p.syncMessage} onSend={() => void p.flush()} onRetry={p.retry} onDiscard={p.discard} />
      {p.outbox.conflicts.map((c) => (
        <ConflictCard key={c.id} conflict={c} onChoose={(choice) => p.resolve(c, choice)} />
      ))}

      <section className="card progress-card" aria-labelledby="plan-progress">
        <h2 id="plan-progress">{t('plans.progress.title')}</h2>
        <ul className="progress-figures">
          <li>
            <strong className="figure">{t('plans.progress.of', { n: progress.actionsDone, total: progress.actionsTotal })}</strong>
            <span>{t('plans.progress.actionsDone', { count: progress.actionsTotal })}</span>
          </li>
          <li>
            <strong className="figure">{t('plans.progress.of', { n: progress.goalsReached, total: progress.goalsTotal })}</strong>
            <span>{t('plans.progress.goalsReached', { count: progress.goalsTotal })}</span>
          </li>
        </ul>
        {progress.goalsTotal ? (
          <>
            <p className="small">{t('plans.progress.share', { percent })}</p>
            <progress className="step-progress-bar" max={100} value={percent} aria-hidden="true" />
          </>
        ) : null}
        <div className="actions">
          <a className="btn btn-secondary" href={exportPath(view.plan.id, 'pdf', i18n.language)} download>
            {t('plans.export.pdf')}
          </a>
          <a className="btn btn-secondary" href={exportPath(view.plan.id, 'csv', i18n.language)} download>
            {t('plans.export.csv')}
          </a>
          <a className="btn btn-secondary" href="#incontri">
            {t('plans.log.jump')}
          </a>
        </div>
      </section>

      <section className="section" aria-labelledby="plan-goals">
        <h2 id="plan-goals">{t('plans.goals.title')}</h2>
        <div role="status" aria-live="polite" className="form-status-region">
          {goalMessage ? <p className="notice notice-success">{goalMessage}</p> : null}
        </div>
        {view.goals.length === 0 ? <p>{canEdit ? t('plans.goals.emptyEdit') : t('plans.goals.empty')}</p> : null}
        {goals.slice(0, shownGoals).map((g) => (
          <GoalCard
            key={g.id}
            goal={g}
            actions={actionsByGoal.get(g.id) ?? NO_ACTIONS}
            pendingIds={pendingIds}
            conflictIds={conflictIds}
            canEdit={canEdit}
            isOnline={p.isOnline}
            comments={comments.byTarget}
            onComment={comments.add}
            onStatus={onStatus}
            onValue={p.updateValue}
            onAddAction={p.createAction}
          />
        ))}
        {canEdit ? (
          isAddingGoal ? (
            <GoalForm planId={view.plan.id} suggestions={view.suggestions} onSave={saveGoal} onClose={() => setIsAddingGoal(false)} />
          ) : (
            <div className="actions">
              <button type="button" className="btn btn-primary" disabled={!p.isOnline} onClick={() => { setGoalMessage(null); setIsAddingGoal(true); }}>
                {t('plans.goals.add')}
              </button>
              {!p.isOnline ? <p className="muted small">{t('plans.goals.addOffline')}</p> : null}
            </div>
          )
        ) : null}
      </section>

      {view.abilities.suggestLesson ? (
        <section className="card">
          <SuggestLessonForm businessId={view.plan.businessId} isOnline={p.isOnline} />
        </section>
      ) : null}

      <PlanTraps businessId={view.plan.businessId} />
      <MeetingLog view={view} isOnline={p.isOnline} onSave={p.createLogEntry} onChanged={p.reload} />
      <EngagementBox view={view} isOnline={p.isOnline} onChanged={p.reload} />
      <CheckpointBox view={view} isOwner={isOwner} />
      <History view={view} meId={meId} />
    </article>
  );
}
