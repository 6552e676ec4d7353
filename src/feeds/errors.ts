/** An expected failure of fetching or reading a feed or page: its message is one line for users. */
export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedError';
  }
}
