/** Audible feedback: a low double tone the cashier hears without looking when a scan is refused. */
let context: AudioContext | null = null;

export function playErrorTone(): void {
  try {
    context ??= new AudioContext();
    void context.resume();
    const start = context.currentTime;
    for (const [offset, frequency] of [
      [0, 440],
      [0.18, 330],
    ] as const) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'square';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.15, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.001, start + offset + 0.16);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.17);
    }
  } catch {
    // No audio device: the on-screen message still says what went wrong.
  }
}
