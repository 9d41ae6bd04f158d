/** What a clerk does next in each stage that waits for them (the button, and the sentence). */
export const CLERK_NEXT_STEP: Record<string, { button: string; what: string } | undefined> = {
  INVITED: { button: '填写申报', what: '填写并提交申报材料' },
  RETURNED: { button: '修改后重新申报', what: '按退回意见修改申报材料后重新提交' },
  SELF_CHECK: { button: '填写自查报告', what: '对照创建标准逐项自查并提交自查报告' },
  RECTIFICATION: { button: '填写整改报告', what: '对需整改的项目完成整改并提交整改报告' },
};
