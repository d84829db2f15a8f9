// expect: exit 0
// expect-output: 5 -1 0
#include <stdio.h>
int bs(int *a, int n, int key) {
  int lo = 0, hi = n - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (a[mid] == key) return mid;
    if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}
int main(void) {
  int a[8] = {1, 3, 5, 7, 9, 11, 13, 15};
  printf("%d %d %d\n", bs(a, 8, 11), bs(a, 8, 4), bs(a, 8, 1));
  return 0;
}
