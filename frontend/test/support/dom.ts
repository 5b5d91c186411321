/** Waits until the check passes (the app fetched and re-rendered), or fails with its last error. */
export async function until<T>(check: () => T, timeoutMs = 2000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = check();
      if (value) return value as NonNullable<T>;
      lastError = new Error('condition not met');
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw lastError;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Lets pending promises and Lit updates run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

export function byTestId<E extends Element = HTMLElement>(root: ParentNode, testId: string): E | null {
  return root.querySelector<E>(`[data-testid="${testId}"]`);
}

export function allByTestId<E extends Element = HTMLElement>(root: ParentNode, testId: string): E[] {
  return Array.from(root.querySelectorAll<E>(`[data-testid="${testId}"]`));
}

/** Types into an input or textarea the way a user does: value, then an input event. */
export function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

export function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

export function tick(checkbox: HTMLInputElement): void {
  checkbox.click();
}

/** Submits the form holding the button, as a tap on it does. */
export function tap(button: HTMLElement): void {
  button.click();
}
