// expect-error: #endif without #if
#endif
