// What some tests need from the machine: the seed reports beside the clone, a CJK font for PDFs, Chromium.
// Outside CI a missing one skips those tests and says why; CI always provides them (.ci/run), so there the
// tests run and fail rather than skip.

export const IN_CI = Boolean(process.env.CI);

/** Whether tests needing `what` are skipped: only when it is missing outside CI, and then the run says so. */
export function missingOutsideCi(present: boolean, what: string): boolean {
  if (present || IN_CI) return false;
  console.warn(`skipped: ${what} is missing (CI has it and runs these tests)`);
  return true;
}
