export { FeedError } from './errors.js';
export { checkFeedUrl, parseFeedList, readFeedList, type FeedEntry, type FeedList } from './feed-list.js';
export { decodeBody } from './charset.js';
export { HostLimiter } from './host-limiter.js';
export { fetchText, type Fetched, type FetchOptions, type Validators } from './http.js';
export { readFeed, dayOfFeedDate, type FeedItem, type ParsedFeed } from './parse-feed.js';
export { htmlToText } from './html-text.js';
export { mainText, type PageText } from './main-text.js';
export { urlKey } from './url-key.js';
