// The user's layer over the embedded corpus: imported sources, reviews and corrections, and the
// workspace file that carries them.
export * from './hash'
export * from './text'
export * from './source'
export * from './review'
export * from './schema'
export * from './file'
export * from './merge'
export * from './chunks'
export * from './audit'
export * from './published'
