// expect: exit 12
enum { N = 3 };
int arr[N];
int main(void) { return sizeof arr; }
