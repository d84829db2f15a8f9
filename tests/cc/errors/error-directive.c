// expect-error: #error stop here please
#error stop here please
