// expect: exit 3
int find(int *a, int n, int v) {
  for (int i = 0; i < n; i++) if (a[i] == v) return i;
  return -1;
}
int main(void) { int a[5] = {9, 8, 7, 6, 5}; return find(a, 5, 6); }
