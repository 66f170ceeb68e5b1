throw [1, "x", [2, [3]], { k: null }];
