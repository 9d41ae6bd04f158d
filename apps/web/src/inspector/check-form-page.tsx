import { useState } from 'react';
import { Alert, Button, Checkbox, Input, InputNumber, Space } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import {
  applicableItems,
  scoredItems,
  tierFor,
  totalScore,
  type CommunityKind,
  type StandardDefinition,
  type StandardItem,
} from '@app/domain';
import { actionHeaders, api, newIdempotencyKey, unwrap } from '../api/client';
import { isApiError } from '../api/api-error';
import { useUser } from '../auth/session-context';
import { ApiErrorAlert } from '../common/api-error-alert';
import { DueText, StageTag } from '../common/case-display';
import { FieldErrors, problemsByField, type FieldProblems } from '../common/field-errors';
import { Loading, Panel } from '../common/panel';
import { useCaseFile, useStandard, type CaseState, type Standard } from '../cases/case-queries';
import {
  checkBody,
  checkDraftKey,
  discardCheckDraft,
  openCheckDraft,
  saveCheckDraft,
  type CheckDraft,
} from './check-draft';
import { useMyCases } from './my-cases-query';

const TAP = { minHeight: 44, display: 'flex', alignItems: 'center' } as const;

/** The acceptance check (检查验收) of one case by one assigned inspector, on a phone first. */
export default function CheckFormPage() {
  const { campaignId = '', communityId = '' } = useParams();
  const my = useMyCases();
  const kase = useCaseFile(campaignId, communityId);
  const mine = my.data?.find((c) => c.campaignId === campaignId && c.communityId === communityId);
  const standard = useStandard(mine?.standardCode, mine?.standardVersion);
  const error = my.error ?? kase.error ?? standard.error;
  if (error) return <ApiErrorAlert error={error} />;
  if (!kase.data || !standard.data || !my.data) return <Loading />;
  if (!mine) return <Alert type="warning" showIcon title="您未被指派检查这个社区。" />;
  return (
    <CheckForm
      state={kase.data.state}
      standard={standard.data}
      canSubmit={kase.data.allowedActions.includes('SUBMIT_CHECK')}
    />
  );
}

type CheckFormValues = Pick<CheckDraft, 'scores' | 'vetoFlags' | 'rectifyItems' | 'findings'>;

/** The fields this form shows problems beside (the API's `details.problems[].field` prefixes). */
const FORM_FIELDS = ['scores', 'vetoFlags', 'rectifyItems', 'findings'];

function CheckForm({
  state,
  standard,
  canSubmit,
}: {
  state: CaseState;
  standard: Standard;
  canSubmit: boolean;
}) {
  const user = useUser();
  const queryClient = useQueryClient();
  const definition = standard as unknown as StandardDefinition;
  const kind = state.community.kind;
  const round = state.round;
  const recheck = state.recheckRounds.includes(round);
  const flagged = state.rectification?.items ?? [];
  const items = scoredItems(definition, kind).filter((item) => !recheck || flagged.includes(item.code));
  const vetoItems = applicableItems(definition, kind).filter((item) => item.veto);
  const selfCheck = state.selfChecks.at(-1)?.scores ?? {};
  const earlier = [...state.checks]
    .reverse()
    .find((check) => check.inspectorId === user.id && check.round < round);
  const alreadyIn = state.checks.some((check) => check.inspectorId === user.id && check.round === round);
  const draftKey = checkDraftKey(user.id, state.campaignId, state.communityId, round);
  const [draft, setDraft] = useState<CheckDraft>(() =>
    openCheckDraft(localStorage, draftKey, () => newIdempotencyKey('check'), Date.now()),
  );
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [problems, setProblems] = useState<FieldProblems>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);

  function remember(values: Partial<CheckFormValues>) {
    const next = { ...draft, ...values, scores: { ...draft.scores, ...values.scores }, savedAt: Date.now() };
    saveCheckDraft(localStorage, draftKey, next);
    setDraft(next);
  }

  async function submit() {
    setBusy(true);
    setSubmitError(null);
    setProblems({});
    try {
      await unwrap(
        api.POST('/campaigns/{campaignId}/cases/{communityId}/checks', {
          params: { path: { campaignId: state.campaignId, communityId: state.communityId } },
          headers: actionHeaders(draft.idempotencyKey),
          body: checkBody(draft),
        }),
      );
      discardCheckDraft(localStorage, draftKey);
      await queryClient.invalidateQueries({ queryKey: ['my'] });
      await queryClient.invalidateQueries({ queryKey: ['case', state.campaignId, state.communityId] });
      setDone(true);
    } catch (caught) {
      // The draft and its key stay: a retry after a lost connection can never submit twice.
      setSubmitError(caught);
      setProblems(problemsByField(caught, FORM_FIELDS));
    } finally {
      setBusy(false);
    }
  }

  if (done || alreadyIn) {
    return (
      <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720, margin: '0 auto' }}>
        <Alert
          type="success"
          showIcon
          title={done ? '检查验收已提交' : '本轮检查已提交'}
          description={`${state.community.name} · 第 ${round} 轮`}
        />
        <Link to="/inspections">
          <Button type="primary" size="large">
            返回我的检查任务
          </Button>
        </Link>
      </Space>
    );
  }

  const live = liveTotal(definition, kind, items, draft, earlier?.scores ?? {});
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      style={{ maxWidth: 720, margin: '0 auto' }}
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <div>
          <h3 className="cj-title">
            {recheck ? '整改复查' : '检查验收'}：{state.community.name}
          </h3>
          <Space wrap>
            <StageTag stage={state.stage} />
            <span>第 {round} 轮</span>
            <span>
              截止：
              <DueText dueAt={state.deadlines.inspection?.dueAt} />
            </span>
          </Space>
          {recheck && (
            <Alert
              style={{ marginTop: 8 }}
              type="info"
              showIcon
              title={`本轮只复查需整改的 ${flagged.length} 项：${flagged.join('、')}`}
            />
          )}
        </div>
        {!canSubmit && (
          <Alert type="warning" showIcon title="这个案件现在不能提交检查（可能已不在检查验收阶段）。" />
        )}
        <ApiErrorAlert
          error={submitError}
          shownFields={Object.keys(problems).length > 0 ? FORM_FIELDS : []}
        />
        {items.map((item) => (
          <ItemCard
            key={item.code}
            item={item}
            score={draft.scores[item.code] ?? null}
            onScore={(score) => remember({ scores: { [item.code]: score } })}
            flagged={draft.rectifyItems.includes(item.code)}
            onFlag={(on) =>
              remember({
                rectifyItems: on
                  ? [...draft.rectifyItems, item.code]
                  : draft.rectifyItems.filter((code) => code !== item.code),
              })
            }
            errors={problems[`scores.${item.code}`]}
            selfScore={selfCheck[item.code]}
            canFlag={!recheck && round === 1}
          />
        ))}
        {vetoItems.length > 0 && !recheck && (
          <Panel title="一票否决项">
            <fieldset className="cj-field" aria-describedby={describedBy('vetoFlags', problems)}>
              <legend className="cj-field-label">发现以下情形（勾选即不予授牌）</legend>
              <Checkbox.Group
                value={draft.vetoFlags}
                onChange={(vetoFlags) => remember({ vetoFlags })}
                style={{ display: 'flex', flexDirection: 'column' }}
              >
                {vetoItems.map((item) => (
                  <Checkbox key={item.code} value={item.code} style={TAP}>
                    {item.code} {item.title}
                  </Checkbox>
                ))}
              </Checkbox.Group>
              <FieldErrors id="vetoFlags" errors={fieldErrors('vetoFlags', problems)} />
            </fieldset>
          </Panel>
        )}
        <div className="cj-field">
          <label htmlFor="findings" className="cj-field-label">
            检查发现（问题与建议）
          </label>
          <Input.TextArea
            id="findings"
            rows={4}
            maxLength={5000}
            showCount
            value={draft.findings}
            onChange={(event) => remember({ findings: event.target.value })}
            status={problems.findings ? 'error' : undefined}
            aria-invalid={problems.findings ? true : undefined}
            aria-describedby={describedBy('findings', problems)}
          />
          <FieldErrors id="findings" errors={problems.findings} />
        </div>
        <Panel style={{ position: 'sticky', bottom: 0, zIndex: 2 }}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <span aria-live="polite" data-testid="live-total">
              {live}
            </span>
            <span className="cj-secondary">草稿自动保存在本机，断网或刷新不会丢失。</span>
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              block
              loading={busy}
              disabled={!canSubmit}
              style={{ minHeight: 48 }}
            >
              提交检查验收
            </Button>
          </Space>
        </Panel>
      </Space>
    </form>
  );
}

function ItemCard({
  item,
  score,
  onScore,
  flagged,
  onFlag,
  errors,
  selfScore,
  canFlag,
}: {
  item: StandardItem;
  score: number | null;
  onScore: (score: number | null) => void;
  flagged: boolean;
  onFlag: (on: boolean) => void;
  errors: string[] | undefined;
  selfScore: number | undefined;
  canFlag: boolean;
}) {
  // `scores_<code>`: the id antd's Form gave it, which the label points at (and tests find it by).
  const id = `scores_${item.code}`;
  return (
    <Panel title={`${item.code} ${item.title}`}>
      <div className="cj-field" style={{ marginBottom: 8 }}>
        <label htmlFor={id} className="cj-field-label">
          {`${item.code} 得分（0–${item.maxScore}，步长 ${item.scoreStep}）`}
        </label>
        <InputNumber
          id={id}
          min={0}
          max={item.maxScore}
          step={item.scoreStep}
          inputMode="decimal"
          size="large"
          value={score}
          onChange={(value) => onScore(typeof value === 'number' ? value : null)}
          status={errors ? 'error' : undefined}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? `${id}-errors` : undefined}
          style={{ width: '100%', minHeight: 44 }}
        />
        <FieldErrors id={id} errors={errors} />
      </div>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <span className="cj-secondary">自评：{selfScore ?? '—'}</span>
        {canFlag && (
          <Checkbox checked={flagged} style={TAP} onChange={(event) => onFlag(event.target.checked)}>
            需整改
          </Checkbox>
        )}
      </Space>
      {item.evidence.length > 0 && (
        <p className="cj-secondary" style={{ margin: '4px 0 0' }}>
          查验材料：{item.evidence.join('、')}
        </p>
      )}
    </Panel>
  );
}

/** The problems of a list field, whether the API named the list or one of its entries (`vetoFlags[0]`). */
function fieldErrors(field: string, problems: FieldProblems): string[] | undefined {
  const all = Object.entries(problems)
    .filter(([name]) => name === field || name.startsWith(`${field}[`) || name.startsWith(`${field}.`))
    .flatMap(([, errors]) => errors);
  return all.length > 0 ? all : undefined;
}

function describedBy(field: string, problems: FieldProblems): string | undefined {
  return fieldErrors(field, problems) ? `${field}-errors` : undefined;
}

/** The live total and tier by the server's own rules (libs/domain); unscored items count 0 until scored. */
function liveTotal(
  definition: StandardDefinition,
  kind: CommunityKind,
  items: StandardItem[],
  draft: CheckDraft,
  earlier: Record<string, number>,
): string {
  const all = scoredItems(definition, kind);
  const filled = Object.fromEntries(
    all.map((item) => [item.code, draft.scores[item.code] ?? earlier[item.code] ?? 0]),
  );
  const scored = items.filter((item) => typeof draft.scores[item.code] === 'number').length;
  try {
    const total = totalScore(definition, kind, filled);
    const tier =
      draft.vetoFlags.length > 0
        ? '一票否决，不予授牌'
        : (tierFor(definition.tiers, total)?.name ?? '未达标');
    return `已评 ${scored}/${items.length} 项 · 总分 ${total.toFixed(2)} · ${tier}`;
  } catch (error) {
    return isApiError(error) ? '' : `已评 ${scored}/${items.length} 项`;
  }
}
