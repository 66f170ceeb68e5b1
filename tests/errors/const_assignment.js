// expect: const-assignment 3:1
const limit = 3;
limit = 4;
