import { describeGalleryShard } from './gallery-shard.ts';

describeGalleryShard(0);
