Subject: 回款逾期：${args[0]} 第 ${args[1]} 期

合同 ${args[0]} 第 ${args[1]} 期已于 ${args[2]} 到期，仍有 ${args[3]} 未回款。

打开合同：${link}
