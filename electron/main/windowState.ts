// Window bounds survive restarts, but a window is never restored off-screen (a monitor that was
// unplugged) or larger than the screen it lands on.
import { z } from 'zod';

export interface Rect { x: number; y: number; width: number; height: number }
export interface WindowState { bounds: Rect; maximized: boolean }
export interface WindowPlacement { x?: number; y?: number; width: number; height: number; maximized: boolean }

export const WINDOW_STATE_KEY = 'windowState';
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;
/** How much of the title bar must be on a screen for the saved position to be used. */
const VISIBLE_MARGIN = 80;

const rect = z.object({ x: z.number().int(), y: z.number().int(), width: z.number().int().positive(), height: z.number().int().positive() });
const windowStateSchema = z.object({ bounds: rect, maximized: z.boolean() });

export function placeWindow(saved: unknown, workAreas: readonly Rect[]): WindowPlacement {
  const parsed = windowStateSchema.safeParse(saved);
  const primary = workAreas[0];
  const fallback = (): WindowPlacement => ({
    width: primary ? Math.min(DEFAULT_WINDOW_SIZE.width, primary.width) : DEFAULT_WINDOW_SIZE.width,
    height: primary ? Math.min(DEFAULT_WINDOW_SIZE.height, primary.height) : DEFAULT_WINDOW_SIZE.height,
    maximized: false,
  });
  if (!parsed.success) return fallback();
  const { bounds, maximized } = parsed.data;
  const area = workAreas.find(
    (a) =>
      bounds.x + bounds.width - VISIBLE_MARGIN >= a.x && bounds.x + VISIBLE_MARGIN <= a.x + a.width &&
      bounds.y >= a.y - 10 && bounds.y + VISIBLE_MARGIN / 2 <= a.y + a.height,
  );
  if (!area) return { ...fallback(), maximized };
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(bounds.width, area.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(bounds.height, area.height));
  return {
    x: Math.min(Math.max(bounds.x, area.x), area.x + area.width - width),
    y: Math.min(Math.max(bounds.y, area.y), area.y + area.height - height),
    width,
    height,
    maximized,
  };
}
