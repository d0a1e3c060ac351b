Subject: <#if args[1] == "APPROVED">Approved<#elseif args[1] == "REJECTED">Rejected<#else>Sent back</#if>: ${args[0]}

<#if args[1] == "APPROVED">${args[0]} has been approved.<#elseif args[1] == "REJECTED">${args[0]} has been rejected and is back as it was when you submitted it.<#else>${args[0]} has been sent back to an earlier step.</#if>
<#if args[2]?has_content>
Reason: ${args[2]}
</#if>

Open it: ${link}
