// expect-error: two or more data types in declaration specifiers
long long char c;
