Subject: 合同即将到期：${args[0]} ${args[1]}

合同 ${args[0]}“${args[1]}”将于 ${args[2]} 到期（还有 ${args[3]} 天），请及时续约或办理终止。

打开合同：${link}
