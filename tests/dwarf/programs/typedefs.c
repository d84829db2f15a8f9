// Types spelled with typedef names: the debug info keeps the names, so a
// debugger prints `point_t` and `counter` where the source says so.
typedef struct point { int x; int y; } point_t;
typedef unsigned int counter;
typedef point_t *point_ref;

counter total = 3;

static int sum(point_ref p, counter n) {
  typedef int local_int;
  local_int s = p->x + p->y;
  return s + (int)n;
}

int main(void) {
  point_t pt = { 1, 2 };
  point_t *raw = &pt;
  double scale = 1.5;
  return sum(raw, total) + (int)scale;
}
