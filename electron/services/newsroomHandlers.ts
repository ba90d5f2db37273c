// Handlers for the newsroom channels (newsroomContract.ts), joined into the main handler table by
// createHandlers so the desktop IPC path and the preview host run the same code.
import type { NEWSROOM_CHANNELS } from '../shared/newsroomContract.ts';
import type { Handlers } from './handlerTable.ts';
import type { NewsroomService } from './newsroomService.ts';

type NewsroomHandlers = Pick<Handlers, keyof typeof NEWSROOM_CHANNELS>;

export function createNewsroomHandlers(newsroom: NewsroomService): NewsroomHandlers {
  return {
    getNewsroomServer: () => newsroom.settings(),
    setNewsroomServer: (input) => newsroom.saveSettings(input),
    testNewsroomServer: (input) => newsroom.test(input),
    getSyncState: () => newsroom.state(),
    syncNow: () => newsroom.syncNow(),
    searchNewsroomSources: async ({ query }) => ({ hits: await newsroom.searchSources(query) }),
    copyNewsroomSource: ({ id, storyId }) => newsroom.copySource(id, storyId),
    getReviewQueue: async () => ({ items: await newsroom.reviewQueue() }),
    openFromNewsroom: ({ storyId }) => newsroom.openStory(storyId),
    getNewsroomStory: ({ storyId }) => newsroom.story(storyId),
    holdNewsroomLock: ({ storyId, hold }) => ({ held: newsroom.holdLock(storyId, hold) }),
    reviewStoryAction: ({ storyId, action, note }) => newsroom.reviewAction(storyId, action, note),
    takeOverLock: ({ storyId }) => newsroom.takeOverLock(storyId),
    getStoryConflict: ({ storyId }) => newsroom.conflict(storyId),
    resolveStoryConflict: ({ storyId, choices }) => newsroom.resolveConflict(storyId, choices),
  };
}
